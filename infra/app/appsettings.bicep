// Every setting of the Functions app, one line each. Keys and secrets never appear here: storage is reached with
// the app's identity, secrets are Key Vault references. A test checks these names against what the code reads.
param functionAppName string
param identityName string
param storageAccountName string
param applicationInsightsName string
param keyVaultUri string
param senderAddress string
param smtpUserName string
param operationsEmail string
param approverEmails string
param seller object
param paymentReminders object
param shopifyShopDomains string
param wooCommerceSources string

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

var secretBase = '${keyVaultUri}secrets'

resource settings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Functions host, Durable Functions and OrderFlow's own storage clients: identity-based connection.
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    AzureWebJobsStorage__blobServiceUri: account.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: account.properties.primaryEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: account.properties.primaryEndpoints.table
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    OrderFlow__Storage__Prefix: ''
    OrderIntakeQueue: 'order-intake'
    EmailOutboxQueue: 'email-outbox'
    OrderStartQueue: 'order-starts'
    SurveyInvitationsQueue: 'survey-invitations'
    StuckStepSweepSchedule: '0 */5 * * * *'
    OrderFlow__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
    OrderFlow__Links__SigningKey: '@Microsoft.KeyVault(SecretUri=${secretBase}/links-signing-key)'
    OrderFlow__Surveys__AnswerKey: '@Microsoft.KeyVault(SecretUri=${secretBase}/survey-answer-key)'
    OrderFlow__OneOnOnes__NotesKey: '@Microsoft.KeyVault(SecretUri=${secretBase}/notes-key)'
    // While rotating, the old key's Key Vault reference; empty otherwise.
    OrderFlow__Surveys__PreviousAnswerKey: ''
    OrderFlow__OneOnOnes__PreviousNotesKey: ''
    // The host's own page at / gives way to the back office.
    AzureWebJobsDisableHomepage: 'true'
    // Staff sign in through built-in authentication (functionapp.bicep); machines present a named key.
    OrderFlow__Access__LoginPath: '/.auth/login/aad'
    OrderFlow__Access__Keys__integration__Secret: '@Microsoft.KeyVault(SecretUri=${secretBase}/integration-key)'
    OrderFlow__Access__Keys__integration__Roles: 'Admin'
    OrderFlow__Access__Keys__integration__ReadOnly: 'false'
    OrderFlow__Access__Keys__finance__Secret: '@Microsoft.KeyVault(SecretUri=${secretBase}/finance-key)'
    OrderFlow__Access__Keys__finance__Roles: 'Finance'
    OrderFlow__Access__Keys__finance__ReadOnly: 'true'
    OrderFlow__Webhooks__Shopify__Secret: '@Microsoft.KeyVault(SecretUri=${secretBase}/shopify-webhook-secret)'
    OrderFlow__Webhooks__Shopify__ShopDomains: shopifyShopDomains
    OrderFlow__Webhooks__WooCommerce__Secret: '@Microsoft.KeyVault(SecretUri=${secretBase}/woocommerce-webhook-secret)'
    OrderFlow__Webhooks__WooCommerce__Sources: wooCommerceSources
    OrderFlow__Webhooks__Generic__Secret: '@Microsoft.KeyVault(SecretUri=${secretBase}/generic-webhook-secret)'
    // While a webhook secret is rotated, the old secret (a Key Vault reference); empty otherwise.
    OrderFlow__Webhooks__Shopify__PreviousSecret: ''
    OrderFlow__Webhooks__WooCommerce__PreviousSecret: ''
    OrderFlow__Webhooks__Generic__PreviousSecret: ''
    OrderFlow__Email__FromAddress: senderAddress
    OrderFlow__Email__FromName: 'OrderFlow'
    OrderFlow__Email__RetryAfter: '00:00:30'
    OrderFlow__Email__Smtp__Host: 'smtp.azurecomm.net'
    OrderFlow__Email__Smtp__Port: '587'
    OrderFlow__Email__Smtp__Security: 'StartTls'
    OrderFlow__Email__Smtp__UserName: smtpUserName
    OrderFlow__Email__Smtp__Password: '@Microsoft.KeyVault(SecretUri=${secretBase}/smtp-password)'
    OrderFlow__Alerts__Email: operationsEmail
    OrderFlow__Operations__Notify: operationsEmail
    OrderFlow__Approvals__Notify: approverEmails
    OrderFlow__Fulfilment__Mode: 'Manual'
    OrderFlow__Fulfilment__AutoStepDelay: '00:00:02'
    OrderFlow__Fulfilment__StageLimits__Fulfilment: '1.00:00:00'
    OrderFlow__Fulfilment__StageLimits__Shipment: '2.00:00:00'
    OrderFlow__Fulfilment__StageLimits__Delivery: '7.00:00:00'
    OrderFlow__Workflow__Retries__Attempts: '5'
    OrderFlow__Workflow__Retries__FirstRetry: '00:00:01'
    OrderFlow__Workflow__Retries__FirstEndingRetry: '00:00:15'
    OrderFlow__Workflow__StuckSteps__After: '00:15:00'
    OrderFlow__Approval__Thresholds__EUR: '2000.00'
    OrderFlow__Approval__Thresholds__USD: '2200.00'
    OrderFlow__Approval__Timeout: '3.00:00:00'
    OrderFlow__Approval__RemindBefore: '1.00:00:00'
    // Empty: prices away from the catalogue never hold an order; a percentage such as '10' holds those beyond it.
    OrderFlow__Pricing__HoldAboveDeviation: ''
    OrderFlow__Pricing__ShippingTax: 'FollowsGoods'
    OrderFlow__Invoicing__IssueOn: 'Shipment'
    OrderFlow__Seller__Name: seller.name
    OrderFlow__Seller__VatId: seller.vatId
    OrderFlow__Seller__EndpointId: seller.endpointId
    OrderFlow__Seller__EndpointScheme: seller.endpointScheme
    OrderFlow__Seller__Street: seller.street
    OrderFlow__Seller__AdditionalStreet: seller.?additionalStreet ?? ''
    OrderFlow__Seller__City: seller.city
    OrderFlow__Seller__PostalCode: seller.postalCode
    OrderFlow__Seller__Country: seller.country
    OrderFlow__Seller__Email: seller.email
    OrderFlow__Seller__ContactName: seller.contactName
    OrderFlow__Seller__Phone: seller.phone
    OrderFlow__Seller__Iban: seller.iban
    OrderFlow__Seller__Bic: seller.?bic ?? ''
    OrderFlow__Seller__PaymentTermsDays: string(seller.?paymentTermsDays ?? 14)
    OrderFlow__Seller__PaymentTermsFromMonthEnd: string(seller.?paymentTermsFromMonthEnd ?? false)
    OrderFlow__Finance__Reminders__FriendlyAfterDays: string(paymentReminders.?friendlyAfterDays ?? 3)
    OrderFlow__Finance__Reminders__SecondAfterDays: string(paymentReminders.?secondAfterDays ?? 14)
    OrderFlow__Finance__Reminders__FinalAfterDays: string(paymentReminders.?finalAfterDays ?? 30)
  }
}
