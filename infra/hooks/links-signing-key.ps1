# azd preprovision hook: the key that signs emailed links, made once per azd environment and kept in it
# (ORDERFLOW_LINKS_SIGNING_KEY). 48 random bytes, base64: 64 characters, where the app asks for 32 at least.
# A key already set (by an earlier run, or by CI from its own secret store) is kept, so links stay valid.
$ErrorActionPreference = 'Stop'
$existing = azd env get-value ORDERFLOW_LINKS_SIGNING_KEY 2>$null
if ($LASTEXITCODE -eq 0 -and $existing) {
    exit 0
}
$key = [Convert]::ToBase64String([System.Security.Cryptography.RandomNumberGenerator]::GetBytes(48))
azd env set ORDERFLOW_LINKS_SIGNING_KEY $key
