// OrderFlow on Azure: one resource group with the Functions app (Flex Consumption), its storage, monitoring,
// email (Communication Services) and a Key Vault for secrets. Deployed by `azd up` (see azure.yaml).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names every resource and the resource group.')
param environmentName string

@minLength(1)
@description('Region of every resource; Flex Consumption must be available there.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object ID of whoever runs azd (a person, or a service principal in CI), who may then set Key Vault secrets. Empty: nobody.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
@description('What principalId is: a role assignment names the wrong type and fails, so CI (a service principal) sets ServicePrincipal.')
param principalType string = 'User'

@description('Where Communication Services keeps email data (a geography, not a region).')
param emailDataLocation string = 'Europe'

@description('Application (client) ID of the Entra app that authenticates to the SMTP relay. Empty: no SMTP username yet.')
param smtpClientId string = ''

@description('Object ID of that app\'s service principal, which gets send rights on Communication Services.')
param smtpPrincipalId string = ''

@secure()
@description('A client secret of that Entra app: the SMTP password.')
param smtpClientSecret string = ''

@secure()
@description('Shopify webhook signing secret (as shown in the shop admin).')
param shopifyWebhookSecret string

@minLength(1)
@description('Shopify shops allowed to send webhooks, comma-separated, as X-Shopify-Shop-Domain names them (ceramics.myshopify.com).')
param shopifyShopDomains string

@secure()
@description('WooCommerce webhook secret.')
param wooCommerceWebhookSecret string

@minLength(1)
@description('WooCommerce sites allowed to send webhooks, comma-separated, as X-WC-Webhook-Source names them (https://shop.example.com).')
param wooCommerceSources string

@secure()
@description('Secret for the generic signed order webhook.')
param genericWebhookSecret string

@secure()
@minLength(32)
@description('Key that signs links in emails (survey answers, 1:1 notes): 32 characters at least, as the app checks at start. The preprovision hook makes one.')
param linksSigningKey string

@secure()
@minLength(32)
@description('Key that seals survey answers while they wait to be released into the results. The preprovision hook makes one.')
param answerKey string

@secure()
@minLength(32)
@description('Key that seals one-to-one private notes. The preprovision hook makes one.')
param notesKey string

@description('Who hears about low stock, orders that need a person (rejected, backordered, failed, flagged, overdue, owing a refund) and messages that failed every attempt: one address.')
param operationsEmail string

@minLength(3)
@description('Who is emailed, with personal approve and reject links, when an order goes on hold: addresses separated by commas (the app cannot list an Entra role\'s members without Graph).')
param approverEmails string

@description('The seller named on invoices (UBL 2.1, Peppol BIS 3.0): name, vatId, endpointId, endpointScheme (Peppol EAS code), street, additionalStreet, city, postalCode, country, email, contactName, phone, iban, bic, paymentTermsDays, paymentTermsFromMonthEnd.')
param seller object

@description('Payment reminders: days after an invoice\'s due date of each level, friendlyAfterDays, secondAfterDays, finalAfterDays (ascending, 1-365; default 3, 14, 30).')
param paymentReminders object = {}

@description('Maximum instances of the Flex Consumption plan; bounds cost and the load on storage.')
param maximumInstanceCount int = 40

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
// Names are known before deployment, so modules take names (not outputs) and What-If can predict every resource.
var names = {
  identity: 'id-${resourceToken}'
  storage: 'st${resourceToken}'
  deploymentContainer: 'app-package-${resourceToken}'
  applicationInsights: 'appi-${resourceToken}'
  keyVault: 'kv-${resourceToken}'
  functionApp: 'func-${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  scope: rg
  params: { name: names.identity, location: location, tags: tags }
}

module storage 'app/storage.bicep' = {
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
  }
}

module monitoring 'app/monitoring.bicep' = {
  scope: rg
  params: {
    resourceToken: resourceToken
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    operationsEmail: operationsEmail
  }
}

module storageAccess 'app/storage-access.bicep' = {
  scope: rg
  params: {
    storageAccountName: names.storage
    applicationInsightsName: names.applicationInsights
    identityName: names.identity
  }
  dependsOn: [identity, storage, monitoring]
}

module email 'app/email.bicep' = {
  scope: rg
  params: {
    resourceToken: resourceToken
    tags: tags
    dataLocation: emailDataLocation
    smtpClientId: smtpClientId
    smtpPrincipalId: smtpPrincipalId
  }
}

module vault 'app/keyvault.bicep' = {
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
    readerIdentityName: names.identity
    officerPrincipalId: principalId
    officerPrincipalType: principalType
    secrets: {
      'shopify-webhook-secret': shopifyWebhookSecret
      'woocommerce-webhook-secret': wooCommerceWebhookSecret
      'generic-webhook-secret': genericWebhookSecret
      'links-signing-key': linksSigningKey
      'survey-answer-key': answerKey
      'notes-key': notesKey
      'smtp-password': smtpClientSecret
    }
  }
  dependsOn: [identity]
}

module functionApp 'app/functionapp.bicep' = {
  scope: rg
  params: {
    name: names.functionApp
    location: location
    tags: tags
    identityName: names.identity
    storageAccountName: names.storage
    deploymentContainerName: names.deploymentContainer
    maximumInstanceCount: maximumInstanceCount
  }
  dependsOn: [identity, storage]
}

module appSettings 'app/appsettings.bicep' = {
  scope: rg
  params: {
    functionAppName: names.functionApp
    identityName: names.identity
    storageAccountName: names.storage
    applicationInsightsName: names.applicationInsights
    keyVaultUri: vault.outputs.uri
    senderAddress: email.outputs.senderAddress
    smtpUserName: email.outputs.smtpUserName
    operationsEmail: operationsEmail
    approverEmails: approverEmails
    seller: seller
    paymentReminders: paymentReminders
    shopifyShopDomains: shopifyShopDomains
    wooCommerceSources: wooCommerceSources
  }
  // The app reads storage and secrets as soon as its settings exist, so its roles come first.
  dependsOn: [functionApp, storageAccess]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_KEY_VAULT_NAME string = names.keyVault
output AZURE_FUNCTION_APP_NAME string = names.functionApp
output SERVICE_FUNCTIONS_NAME string = names.functionApp
output ORDERFLOW_API_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
