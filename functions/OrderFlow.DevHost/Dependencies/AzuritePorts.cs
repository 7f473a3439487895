namespace OrderFlow.DevHost.Dependencies;

/// <summary>Where an Azurite listens on loopback, one port per service; port 0 lets it pick and say (<see cref="Any"/>).</summary>
readonly record struct AzuritePorts(int Blob, int Queue, int Table)
{
    // The emulator's well-known development account: public, and accepted only by Azurite.
    const string DevAccount = "devstoreaccount1";
    const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static AzuritePorts Any => new(0, 0, 0);

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={DevAccount};AccountKey={DevKey};" +
        $"BlobEndpoint=http://127.0.0.1:{Blob}/{DevAccount};QueueEndpoint=http://127.0.0.1:{Queue}/{DevAccount};TableEndpoint=http://127.0.0.1:{Table}/{DevAccount};";
}
