// Azure resources of Voice Analytics: the isolated-worker Durable Functions app (.NET 10) on a Linux Flex Consumption
// plan, its Storage account (host state, Durable task hub, raw payloads, the session queue and its poison queue), a
// Key Vault for the secrets, Application Insights on a Log Analytics workspace, and Cosmos DB for the warehouse.
// What each parameter means, how to deploy, and what CI checks: infra/README.md.
//
// Docs this follows:
// - Flex Consumption resources (functionAppConfig: runtime, deployment storage, scale):
//   https://learn.microsoft.com/azure/azure-functions/functions-infrastructure-as-code?pivots=flex-consumption-plan
//   and the Durable sample https://github.com/Azure-Samples/azure-functions-flex-consumption-samples
//   (E2E/DURABLE-FUNC-ORDER-PROCESSING/infra).
// - Why Flex: .NET 9 is the last .NET version on Linux Consumption, which retires on 2028-09-30; Flex offers
//   dotnet-isolated 10.0 (https://learn.microsoft.com/azure/azure-functions/supported-languages,
//   https://learn.microsoft.com/powershell/module/az.functions/get-azfunctionappflexconsumptionruntime).
// - Flex limits (https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan#considerations): Azure Storage
//   is the only Durable backend; Key Vault references work when the vault is not network-restricted; WEBSITE_TIME_ZONE
//   and TZ are not supported; FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION are replaced by
//   functionAppConfig.runtime (https://learn.microsoft.com/azure/azure-functions/functions-app-settings#flex-consumption-plan-deprecations).
// - Identity-based AzureWebJobsStorage for Durable (accountName, credential, clientId; Blob, Queue and Table data roles):
//   https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-configure-managed-identity
// - Key Vault references with a user-assigned identity (keyVaultReferenceIdentity):
//   https://learn.microsoft.com/azure/app-service/app-service-key-vault-references
// - Cosmos DB data-plane RBAC (built-in Data Contributor 00000000-0000-0000-0000-000000000002):
//   https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac
//
// Compiled and linted by scripts/bicep.sh (Bicep CLI 0.49.2, every finding is an error); never deployed from CI.

@description('Name prefix of every resource: 3 to 11 lowercase letters and digits, starting with a letter.')
@minLength(3)
@maxLength(11)
param prefix string = 'voiceanl'

@description('Region of every resource. It must offer the Flex Consumption plan: az functionapp list-flexconsumption-locations.')
param location string = resourceGroup().location

@description('Most instances the app scales out to (Flex Consumption allows 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Durable Functions task hub (3 to 45 letters and digits, starting with a letter); host.json reads it as %DurableTaskHub%.')
@minLength(3)
@maxLength(45)
param taskHubName string = 'voiceanalytics'

@description('IANA time zone of business hours and day boundaries (Timers:TimeZone). Flex fires timers in UTC whatever this says.')
param timeZone string = 'UTC'

@description('Key the agent sends in x-functions-key (Ingest:ApiKey). Required unless ingestSigningSecret is set.')
@secure()
param ingestApiKey string

@description('Secret of the keyed hash (HMAC-SHA256) that replaces emails and indexes people (Privacy:HashKey); at least 32 characters, kept stable: a new key makes earlier hashes unmatchable.')
@secure()
@minLength(32)
param privacyHashKey string

@description('Days raw payloads are kept (Privacy:RawPayloadDays and the Blob lifecycle rule that deletes them).')
@minValue(1)
param rawPayloadRetentionDays int = 90

@description('HMAC secret of X-Signature requests (Ingest:SigningSecret); empty turns signatures off.')
@secure()
param ingestSigningSecret string = ''

@description('Slack incoming-webhook URL of #sales; empty writes those messages to the outbox.')
@secure()
param slackSalesWebhookUrl string = ''

@description('Slack incoming-webhook URL of #ops; empty writes those messages to the outbox.')
@secure()
param slackOpsWebhookUrl string = ''

@description('Slack incoming-webhook URL of #product; empty writes those messages to the outbox.')
@secure()
param slackProductWebhookUrl string = ''

@description('Salesforce connected-app client id; Salesforce is used only when both the id and the secret are set.')
param salesforceClientId string = ''

@description('Salesforce connected-app client secret.')
@secure()
param salesforceClientSecret string = ''

@description('Salesforce login URL (https://test.salesforce.com for a sandbox).')
param salesforceLoginUrl string = 'https://login.salesforce.com'

@description('Amplitude project API key; empty writes the events to the outbox.')
@secure()
param amplitudeApiKey string = ''

@description('PagerDuty Events API v2 routing key of P1 alerts; empty writes them to the outbox.')
@secure()
param pagerDutyRoutingKey string = ''

@description('SMTP server of the executive emails; without it (or without emailFrom) the emails go to the outbox.')
param smtpHost string = ''

@description('SMTP port.')
param smtpPort int = 587

@description('SMTP user; empty sends without authenticating.')
param smtpUser string = ''

@description('SMTP password.')
@secure()
param smtpPassword string = ''

@description('Sender of the executive emails, e.g. reports@example.com.')
param emailFrom string = ''

@description('Recipient of the executive emails (one address or a list address); add Email__To__1 and on for more.')
param emailTo string = ''

@description('Azure OpenAI endpoint, https://<name>.openai.azure.com; empty keeps the analysis rules-only.')
param openAiEndpoint string = ''

@description('Azure OpenAI api-key; empty authenticates with the app identity (give it Cognitive Services OpenAI User).')
@secure()
param openAiApiKey string = ''

@description('Azure OpenAI deployment every session uses (Llm:Deployments:Cheap).')
param openAiCheapDeployment string = 'gpt-4o-mini'

@description('Azure OpenAI deployment that re-runs Tier 1 and hot sessions (Llm:Deployments:Strong); empty: no second pass.')
param openAiStrongDeployment string = ''

var suffix = uniqueString(resourceGroup().id)

// Names the app reads. The queue and container names are the app's defaults (QueueOptions.Name,
// StorageOptions.PayloadContainer); the Functions queue trigger and the app both poison to '<queue>-poison'.
var queueName = 'sessions'
var poisonQueueName = '${queueName}-poison'
var payloadContainerName = 'sessions'
var deploymentContainerName = 'app-package'
var warehouseDatabaseName = 'voice-analytics'

// Built-in role definition ids (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

// ---------------------------------------------------------------------------------------------------------------
// The app's identity: user-assigned, so its roles exist before the app first starts (the Flex deployment container
// and the Key Vault references are read with it at creation).

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-func-id'
  location: location
}

// ---------------------------------------------------------------------------------------------------------------
// Storage: the Functions host (AzureWebJobsStorage, identity-based), the Durable task hub (its queues, tables and
// blobs are created by the Durable extension under the hub name), the app package, raw payloads, reports and
// checkpoints (container 'sessions'), and the session queue with its poison queue.

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: '${prefix}${suffix}'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    // The host uses the identity; the app's own Blob and Queue adapters still take a connection string
    // (Storage:ConnectionString, from Key Vault). Set this to false once they accept the identity.
    allowSharedKeyAccess: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource payloadContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: payloadContainerName
}

// Spec 8.2: raw payloads are deleted after rawPayloadRetentionDays. Created, not modified: a payload blob's metadata (its
// status) changes after intake, which would restart a modification clock. The activity markers and the intake index
// of people (empty blobs named by time or keyed hash and session id) go with them. The app's Retention timer does the
// same from the markers where no such policy exists (Azurite, local).
resource payloadLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-raw-payloads'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: [
                '${payloadContainerName}/payloads/'
                '${payloadContainerName}/reports/'
                '${payloadContainerName}/checkpoints/'
                '${payloadContainerName}/activity/'
                '${payloadContainerName}/people/'
              ]
            }
            actions: {
              baseBlob: {
                delete: { daysAfterCreationGreaterThan: rawPayloadRetentionDays }
              }
            }
          }
        }
      ]
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
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
  name: poisonQueueName
}

// Blob Data Owner: AzureWebJobsStorage and the app package; Queue and Table Data Contributor: the queue trigger,
// the Durable task hub (work-item and control queues, history and instance tables) and timer leases.
var storageRoles = [storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor]

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in storageRoles: {
    scope: storage
    name: guid(storage.id, identity.id, role)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// ---------------------------------------------------------------------------------------------------------------
// Key Vault: every secret the app reads, referenced from the app settings as @Microsoft.KeyVault(...). A secret is
// written only when its value is set; an empty optional parameter leaves the setting empty (the app then writes to
// its outbox). Public network access stays on: Flex cannot resolve references to a network-restricted vault.

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${prefix}-kv-${take(suffix, 8)}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The app's Blob and Queue adapters take a connection string (see allowSharedKeyAccess above).
resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}'
  }
}

// Secret name in the vault -> the parameter that sets it.
var secretValues = {
  'ingest-api-key': ingestApiKey
  'ingest-signing-secret': ingestSigningSecret
  'privacy-hash-key': privacyHashKey
  'slack-sales-webhook-url': slackSalesWebhookUrl
  'slack-ops-webhook-url': slackOpsWebhookUrl
  'slack-product-webhook-url': slackProductWebhookUrl
  'salesforce-client-secret': salesforceClientSecret
  'amplitude-api-key': amplitudeApiKey
  'pagerduty-routing-key': pagerDutyRoutingKey
  'smtp-password': smtpPassword
  'openai-api-key': openAiApiKey
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [
  for secret in items(secretValues): if (!empty(secret.value)) {
    parent: vault
    name: secret.key
    properties: {
      value: secret.value
    }
  }
]

// The app setting value of a secret: a Key Vault reference when the secret is set, else empty.
var secretSettings = toObject(
  items(secretValues),
  secret => secret.key,
  secret => empty(secret.value) ? '' : '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${secret.key})'
)

// ---------------------------------------------------------------------------------------------------------------
// Monitoring: workspace-based Application Insights; the app exports OpenTelemetry to it through
// APPLICATIONINSIGHTS_CONNECTION_STRING.

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

// ---------------------------------------------------------------------------------------------------------------
// Warehouse: Cosmos DB (serverless), one container per table of data-flow spec 8.1, read and written by the Cosmos
// adapter (Warehouse__Provider=Cosmos) with the app identity (keys are disabled). Partition keys and the RU costs that
// chose them: docs/warehouse.md. Must match CosmosContainers.Definitions in VoiceAnalytics.Core.

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: '${prefix}-cosmos-${suffix}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location, failoverPriority: 0 }]
    capabilities: [{ name: 'EnableServerless' }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    minimalTlsVersion: 'Tls12'
    disableLocalAuth: true
  }
}

resource warehouse 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: warehouseDatabaseName
  properties: { resource: { id: warehouseDatabaseName } }
}

// The per-session containers are partitioned by the UTC day the session started (/day): the dashboard, executive and
// ops windows read only the days they cover. leads by email (one profile per partition, point reads); alerts_history
// by alert name (a rule's "once" checks stay in one partition). Large text and nested JSON that no query filters on
// is left out of the index (cheaper writes); everything else keeps the default range index.
var warehouseContainers = [
  { name: 'sessions', partitionKey: '/day', excludedPaths: [] }
  { name: 'transcripts', partitionKey: '/day', excludedPaths: ['/transcript_json/*', '/transcript_text/?'] }
  { name: 'metrics', partitionKey: '/day', excludedPaths: ['/turns/*'] }
  {
    name: 'analysis_results'
    partitionKey: '/day'
    excludedPaths: ['/quality_analysis/*', '/sentiment_analysis/*', '/performance_analysis/*', '/action_items/*', '/executive_summary/*', '/lead_score_breakdown/*']
  }
  { name: 'leads', partitionKey: '/email', excludedPaths: ['/calls/*'] }
  { name: 'alerts_history', partitionKey: '/alert_name', excludedPaths: ['/context/?', '/message/?'] }
]

resource warehouseTables 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in warehouseContainers: {
    parent: warehouse
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: { paths: [container.partitionKey], kind: 'Hash', version: 2 }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [{ path: '/*' }]
          excludedPaths: concat([{ path: '/"_etag"/?' }], map(container.excludedPaths, p => { path: p }))
        }
      }
    }
  }
]

resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-11-15' existing = {
  parent: cosmos
  name: '00000000-0000-0000-0000-000000000002'
}

resource cosmosRoleAssignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributor.id)
  properties: {
    roleDefinitionId: cosmosDataContributor.id
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The Function App: Flex Consumption (one app per plan), dotnet-isolated 10.0, scale to zero.

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${prefix}-plan'
  location: location
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: '${prefix}-func-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  dependsOn: [
    storageRoleAssignments
  ]
}

// Settings of the host and of the app (README "Configuration": ':' becomes '__'). No FUNCTIONS_WORKER_RUNTIME or
// FUNCTIONS_EXTENSION_VERSION: Flex takes the runtime from functionAppConfig and always runs Functions 4.x.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // Host storage through the identity: triggers, timers, keys and the Durable task hub.
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    // DefaultAzureCredential in the app (Azure OpenAI without a key, the Cosmos warehouse) uses this identity.
    AZURE_CLIENT_ID: identity.properties.clientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    // host.json: extensions.durableTask.hubName = "%DurableTaskHub%".
    DurableTaskHub: taskHubName

    Storage__Provider: 'AzureStorage'
    Storage__ConnectionString: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${storageConnectionSecret.name})'
    Storage__PayloadContainer: payloadContainer.name
    // The embedded database (intake bookkeeping; the warehouse is in Cosmos DB): Flex has no shared persistent file
    // system and runs the package read-only, so it lives on the instance's writable temporary disk.
    Storage__Path: '/tmp/voice-analytics'
    Queue__Name: sessionQueue.name

    Ingest__ApiKey: secretSettings['ingest-api-key']
    Ingest__SigningSecret: secretSettings['ingest-signing-secret']

    // Six-field NCRONTAB (second minute hour day month day-of-week), read by the timers as %Timers__Schedules__<Name>%.
    // Flex evaluates them in UTC (WEBSITE_TIME_ZONE is not supported there).
    Timers__TimeZone: timeZone
    Timers__Schedules__OpsHealth: '0 */2 * * * *'
    Timers__Schedules__QualityDigest: '0 0 * * * *'
    Timers__Schedules__DailyExecSummary: '0 0 8 * * *'
    Timers__Schedules__WeeklyRollup: '0 0 8 * * 1'
    Timers__Schedules__Retention: '0 30 3 * * *'

    // Spec 8.2 retention (Core/Privacy, docs/privacy.md); the other Privacy:* settings keep the spec's defaults.
    Privacy__HashKey: secretSettings['privacy-hash-key']
    Privacy__RawPayloadDays: string(rawPayloadRetentionDays)

    // Warehouse: Cosmos DB through the identity (no Warehouse__Cosmos__Key: DefaultAzureCredential with AZURE_CLIENT_ID).
    Warehouse__Provider: 'Cosmos'
    Warehouse__Cosmos__Endpoint: cosmos.properties.documentEndpoint
    Warehouse__Cosmos__Database: warehouse.name

    // Optional destinations: an empty value sends nothing and writes to the outbox instead.
    Slack__Channels__sales: secretSettings['slack-sales-webhook-url']
    Slack__Channels__ops: secretSettings['slack-ops-webhook-url']
    Slack__Channels__product: secretSettings['slack-product-webhook-url']
    Salesforce__ClientId: salesforceClientId
    Salesforce__ClientSecret: secretSettings['salesforce-client-secret']
    Salesforce__LoginUrl: salesforceLoginUrl
    Amplitude__ApiKey: secretSettings['amplitude-api-key']
    PagerDuty__RoutingKey: secretSettings['pagerduty-routing-key']
    Email__Host: smtpHost
    Email__Port: string(smtpPort)
    Email__User: smtpUser
    Email__Password: secretSettings['smtp-password']
    Email__From: emailFrom
    Email__To__0: emailTo
    Llm__Endpoint: openAiEndpoint
    Llm__ApiKey: secretSettings['openai-api-key']
    Llm__Deployments__Cheap: openAiCheapDeployment
    Llm__Deployments__Strong: openAiStrongDeployment
  }
  // The references resolve when the app starts: the secrets and the identity's access must exist by then.
  dependsOn: [
    secrets
    vaultRoleAssignment
    cosmosRoleAssignment
    warehouseTables
    poisonQueue
  ]
}

output functionAppName string = app.name
output defaultHostName string = app.properties.defaultHostName
output ingestUrl string = 'https://${app.properties.defaultHostName}/api/sessions'
output storageAccountName string = storage.name
output keyVaultName string = vault.name
output cosmosEndpoint string = cosmos.properties.documentEndpoint
