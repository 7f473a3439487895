// Secrets the app reads through Key Vault references: webhook secrets, the link signing key, the keys that seal
// survey answers and private notes, the SMTP password.
// RBAC only: the app's identity reads secrets; whoever deploys (if given) may set them.
param name string
param location string
param tags object
param readerIdentityName string
param officerPrincipalId string

@allowed(['User', 'ServicePrincipal', 'Group'])
param officerPrincipalType string

@secure()
@description('Secret name to initial value; an empty value creates no secret version.')
param secrets object

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource reader 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: readerIdentityName
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = [for item in items(secrets): if (!empty(item.value)) {
  parent: vault
  name: item.key
  properties: { value: item.value }
}]

// Key Vault Secrets User
resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, reader.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: reader.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Secrets Officer
resource personSetsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(officerPrincipalId)) {
  name: guid(vault.id, officerPrincipalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: officerPrincipalId
    principalType: officerPrincipalType
  }
}

output uri string = vault.properties.vaultUri
