// Logs and traces: Application Insights on a Log Analytics workspace, keys off (Entra auth only), and an alert to
// the operations inbox when messages fail every attempt (the app logs an error while a poison queue holds any).
param resourceToken string
param applicationInsightsName string
param location string
param tags object
param operationsEmail string

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: 'log-${resourceToken}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

resource operations 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'orderflow'
    enabled: true
    emailReceivers: [
      { name: 'operations', emailAddress: operationsEmail, useCommonAlertSchema: true }
    ]
  }
}

// Azure Monitor mails this itself, so it arrives even when the app's own email is what fails. The text is
// PoisonQueueWatch.LogText; the watch runs hourly.
resource poisonQueues 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-poison-queues-${resourceToken}'
  location: location
  tags: tags
  properties: {
    displayName: 'OrderFlow: messages failed every attempt'
    description: 'A poison queue holds messages: see "Poison queues" in the README.'
    severity: 2
    enabled: true
    scopes: [insights.id]
    evaluationFrequency: 'PT1H'
    // Two hours: the hourly log may land late in the window it belongs to.
    windowSize: 'PT2H'
    criteria: {
      allOf: [
        {
          query: 'traces | where severityLevel >= 3 and message has "messages wait in poison queues"'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [operations.id] }
  }
}
