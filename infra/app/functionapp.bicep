// The Functions app on a Flex Consumption (FC1) plan: .NET 10 isolated worker, code deployed to a blob container
// with the app's identity, HTTPS only, TLS 1.2, no FTP and no basic-auth publishing. Settings: appsettings.bicep.
param name string
param location string
param tags object
param identityName string
param storageAccountName string
param deploymentContainerName string
param maximumInstanceCount int

@description('Client ID of the Entra app registration staff sign in with; empty leaves built-in authentication off.')
param entraClientId string

param entraTenantId string

@description('Memory per instance; 2048 MB suits the orchestration and webhook load.')
param instanceMemoryMB int = 2048

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings resolve with this identity.
    keyVaultReferenceIdentity: identity.id
    // Flex Consumption refuses site settings it does not run (ftpsState: ARM error 51021), so only the TLS floor is
    // set here; FTP and basic-auth publishing are off through the policies below.
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${account.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

// Built-in authentication ("Easy Auth") with Microsoft Entra ID. Unauthenticated requests still reach the app:
// webhooks, keyed clients and signed links need that, and the app's access check sends a signed-out page visitor to
// /.auth/login/aad itself. Sessions need no stored tokens: the app reads only the principal's claims.
resource auth 'Microsoft.Web/sites/config@2024-11-01' = if (!empty(entraClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: { requireHttps: true }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: ['api://${entraClientId}', entraClientId]
        }
      }
    }
    login: {
      tokenStore: { enabled: false }
    }
  }
}

// Publishing goes through Entra (azd, az); FTP and basic-auth SCM stay off.
resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output defaultHostName string = site.properties.defaultHostName
