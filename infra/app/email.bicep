// Email through Azure Communication Services: an Email service with an Azure-managed domain, linked to a
// Communication Services resource whose SMTP relay (smtp.azurecomm.net:587, STARTTLS) the app uses. SMTP logs in
// with an Entra app: its client ID behind an SMTP username here, a client secret of it as the password.
param resourceToken string
param tags object
param dataLocation string
param smtpClientId string
param smtpPrincipalId string

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: 'acs-email-${resourceToken}'
  location: 'global'
  tags: tags
  properties: { dataLocation: dataLocation }
}

// An Azure-managed domain (xxxx.azurecomm.net) sends at once; add a verified custom domain for real customers.
resource domain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communication 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: 'acs-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [domain.id]
  }
}

var smtpUserName = 'orderflow-${resourceToken}'

resource smtpUser 'Microsoft.Communication/communicationServices/smtpUsernames@2025-09-01' = if (!empty(smtpClientId)) {
  parent: communication
  name: 'orderflow'
  properties: {
    username: smtpUserName
    entraApplicationId: smtpClientId
    tenantId: tenant().tenantId
  }
}

// The least the SMTP relay asks of the Entra app: read the Communication Services resource and send through it.
resource smtpSenderRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'orderflow-smtp-sender')
  properties: {
    roleName: 'OrderFlow SMTP sender (${resourceToken})'
    description: 'Send email through the Communication Services SMTP relay.'
    type: 'CustomRole'
    permissions: [
      {
        actions: [
          'Microsoft.Communication/CommunicationServices/Read'
          'Microsoft.Communication/CommunicationServices/Write'
          'Microsoft.Communication/EmailServices/write'
        ]
      }
    ]
    assignableScopes: [resourceGroup().id]
  }
}

resource smtpSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(smtpPrincipalId)) {
  name: guid(communication.id, smtpPrincipalId, smtpSenderRole.id)
  scope: communication
  properties: {
    roleDefinitionId: smtpSenderRole.id
    principalId: smtpPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output senderAddress string = 'DoNotReply@${domain.properties.mailFromSenderDomain}'
// Empty until an Entra app is given: the sender then does not log in and the relay refuses, so emails wait in the
// outbox's poison queue instead of being lost.
output smtpUserName string = empty(smtpClientId) ? '' : smtpUserName
