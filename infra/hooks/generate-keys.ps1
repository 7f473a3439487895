# azd preprovision hook: the app's own secrets, made once per azd environment and kept in it: the key that signs
# emailed links, the key that seals survey answers while they are held, the key that seals private notes, and the
# integration and finance keys machines call the API with.
# Each is 48 random bytes, base64 (64 characters; the app asks for 32 at least). A key already set (by an earlier
# run, or by CI from its own secret store) is kept: a new one would break every link, held answer or note.
$ErrorActionPreference = 'Stop'
foreach ($name in 'ORDERFLOW_LINKS_SIGNING_KEY', 'ORDERFLOW_ANSWER_KEY', 'ORDERFLOW_NOTES_KEY', 'ORDERFLOW_INTEGRATION_KEY', 'ORDERFLOW_FINANCE_KEY') {
    $existing = azd env get-value $name 2>$null
    if ($LASTEXITCODE -eq 0 -and $existing) {
        continue
    }
    azd env set $name ([Convert]::ToBase64String([System.Security.Cryptography.RandomNumberGenerator]::GetBytes(48)))
}
