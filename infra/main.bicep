// Azure resources of Voice Analytics: a Linux Function App running the app as a custom handler, its Storage
// account (raw payloads in Blob, the session queue and its poison queue), Application Insights, and Cosmos DB for
// the warehouse. Deploy: az deployment group create -g <rg> -f infra/main.bicep -p ingestApiKey=<key>
// Not validated here: no Bicep compiler is available on the build machine (see the README's Status).

@description('Name prefix of every resource (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param prefix string = 'voiceanl'

param location string = resourceGroup().location

@description('Key the agent sends in x-functions-key.')
@secure()
param ingestApiKey string

@description('Optional HMAC secret for X-Signature requests.')
@secure()
param ingestSigningSecret string = ''

@description('Time zone of the timer schedules and business hours (IANA id), e.g. America/Chicago.')
param timeZone string = 'UTC'

var queueName = 'sessions'
var payloadContainer = 'sessions'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: '${prefix}${uniqueString(resourceGroup().id)}'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource payloads 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: payloadContainer
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource sessionQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: queueName
}

resource poisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: '${queueName}-poison'
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${prefix}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${prefix}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${prefix}-cosmos-${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [ { locationName: location, failoverPriority: 0 } ]
    capabilities: [ { name: 'EnableServerless' } ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
  }
}

resource warehouse 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: 'warehouse'
  properties: { resource: { id: 'warehouse' } }
}

// The six tables of data-flow spec 8.1, one container each, partitioned by their key.
var containers = [
  { name: 'sessions', key: '/session_id' }
  { name: 'transcripts', key: '/session_id' }
  { name: 'metrics', key: '/session_id' }
  { name: 'leads', key: '/email' }
  { name: 'analysis_results', key: '/session_id' }
  { name: 'alerts_history', key: '/alert_name' }
]

resource warehouseContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for c in containers: {
  parent: warehouse
  name: c.name
  properties: {
    resource: {
      id: c.name
      partitionKey: { paths: [ c.key ], kind: 'Hash' }
    }
  }
}]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${prefix}-plan'
  location: location
  kind: 'functionapp'
  sku: { name: 'Y1', tier: 'Dynamic' }
  properties: { reserved: true }
}

var storageConnection = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}'

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${prefix}-func-${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'functionapp,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: ''
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
        { name: 'AzureWebJobsStorage', value: storageConnection }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'Storage__Provider', value: 'AzureStorage' }
        { name: 'Storage__ConnectionString', value: storageConnection }
        { name: 'Storage__PayloadContainer', value: payloadContainer }
        { name: 'Storage__Path', value: '/home/data' }
        { name: 'Queue__Name', value: queueName }
        // Timer schedules (six-field NCRONTAB), read by the timers' function.json as %Timers__Schedules__<Name>%.
        { name: 'Timers__Schedules__OpsHealth', value: '0 */2 * * * *' }
        { name: 'Timers__Schedules__QualityDigest', value: '0 0 * * * *' }
        { name: 'Timers__Schedules__DailyExecSummary', value: '0 0 8 * * *' }
        { name: 'Timers__Schedules__WeeklyRollup', value: '0 0 8 * * 1' }
        { name: 'Timers__TimeZone', value: timeZone }
        { name: 'Ingest__ApiKey', value: ingestApiKey }
        { name: 'Ingest__SigningSecret', value: ingestSigningSecret }
        { name: 'Warehouse__CosmosEndpoint', value: cosmos.properties.documentEndpoint }
      ]
    }
  }
}

output functionAppUrl string = 'https://${app.properties.defaultHostName}'
output storageAccount string = storage.name
