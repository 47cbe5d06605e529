function "samples/statements_1" {
  input {
    int id
  }

  stack {
    var $items {
      value = [1, 2, 3]
    }

    var $job_id {
      value = 1
    }

    action.call "sample_1" {
    } as $result_1

    action.package.call "sample_2" {
    } as $result_2

    addon.call "sample_3" {
    } as $result_3

    ai.agent.run "sample_4" {
    } as $result_4

    ai.external.mcp.server_details {
      url = "https://mcp.example.com/sse"
      bearer_token = $env.MCP_TOKEN
      connection_type = "sample"
    } as $result_5

    ai.external.mcp.tool.list {
      url = "https://mcp.example.com/sse"
      bearer_token = $env.MCP_TOKEN
      connection_type = "sample"
    } as $result_6

    ai.external.mcp.tool.run {
      url = "https://mcp.example.com/sse"
      tool = "search"
      bearer_token = $env.MCP_TOKEN
      args = {}
      connection_type = "sample"
    } as $result_7

    api.call "sample_8" {
    } as $result_8

    api.lambda {
      code = "return 1;"
    } as $result_9

    api.microservice {
      follow_location = "sample"
      headers = "sample"
      host = "sample"
      method = "POST"
      params = "sample"
      path = "sample"
      timeout = 10
    } as $result_10

    api.realtime_event {
      auth_id = "sample"
      channel = "sample"
      data = {name: "Ada"}
    }

    api.request {
      url = "https://mcp.example.com/sse"
      method = "GET"
    } as $result_12

    api.stream {
      value = $items
    }

    array.difference {
      by = $$.id
    } as $result_14

    array.every ($items) {
    } as $result_15

    array.filter ($items) {
    } as $result_16

    array.filter_count ($items) {
    } as $result_17

    array.find ($items) {
    } as $result_18

    array.find_index ($items) {
    } as $result_19

    array.group_by {
    } as $result_20

    array.has ($items) {
    } as $result_21

    array.intersection {
    } as $result_22

    array.map {
    } as $result_23

    array.merge $items {
    }

    array.partition {
    } as $result_25

    array.pop $items {
    } as $result_26

    array.push $items {
      value = $items
    }

    array.shift $items {
    } as $result_28

    array.union {
    } as $result_29

    array.unshift $items {
      value = $items
    }

    await {
      ids = [$job_id]
      timeout = 10
    } as $result_31

    cloud.algolia.request {
      api_key = "sample"
      application_id = "sample"
      method = "POST"
      payload = "sample"
      url = "https://example.com/hook"
    } as $result_32

    cloud.aws.opensearch.document {
      access_key = "sample"
      auth_type = "sample"
      base_url = "sample"
      doc = "sample"
      doc_id = "sample"
      index = "sample"
      key_id = "sample"
      method = "POST"
      region = "sample"
    } as $result_33

    cloud.aws.opensearch.query {
      access_key = "sample"
      auth_type = "sample"
      from = "sample"
      included_fields = "sample"
      index = "sample"
      key_id = "sample"
      payload = "sample"
      region = "sample"
      return_type = "sample"
      size = "sample"
      sort = "sample"
    } as $result_34

    cloud.aws.opensearch.request {
      access_key = "sample"
      auth_type = "sample"
      key_id = "sample"
      method = "POST"
      query = "sample"
      region = "sample"
      url = "https://example.com/hook"
    } as $result_35

    cloud.aws.s3.delete_file {
      bucket = "sample"
      file_key = "sample"
      key = "visits"
      region = "sample"
      secret = "sample"
    } as $result_36

    cloud.aws.s3.get_file_info {
      bucket = "sample"
      file_key = "sample"
      key = "visits"
      region = "sample"
      secret = "sample"
    } as $result_37

    cloud.aws.s3.list_directory {
      bucket = "sample"
      key = "visits"
      next_page_token = "sample"
      prefix = "sample"
      region = "sample"
      secret = "sample"
    } as $result_38

    cloud.aws.s3.read_file {
      bucket = "sample"
      file_key = "sample"
      key = "visits"
      region = "sample"
      secret = "sample"
    } as $result_39

    cloud.aws.s3.sign_url {
      bucket = "sample"
      file_key = "sample"
      key = "visits"
      region = "sample"
      secret = "sample"
      ttl = 60
    } as $result_40

    cloud.aws.s3.upload_file {
      bucket = "sample"
      file = "sample"
      key = "visits"
      metadata = "sample"
      region = "sample"
      secret = "sample"
    } as $result_41

    cloud.azure.storage.delete_file {
      account_key = "sample"
      account_name = "sample"
      container_name = "sample"
      filePath = "sample"
    } as $result_42

    cloud.azure.storage.get_file_info {
      account_key = "sample"
      account_name = "sample"
      container_name = "sample"
      filePath = "sample"
    } as $result_43

    cloud.azure.storage.list_directory {
      account_key = "sample"
      account_name = "sample"
      container_name = "sample"
      path = "sample"
    } as $result_44

    cloud.azure.storage.read_file {
      account_key = "sample"
      account_name = "sample"
      container_name = "sample"
      filePath = "sample"
    } as $result_45

    cloud.azure.storage.sign_url {
      account_key = "sample"
      account_name = "sample"
      container_name = "sample"
      path = "sample"
      ttl = 60
    } as $result_46

    cloud.azure.storage.upload_file {
      account_key = "sample"
      account_name = "sample"
      container_name = "sample"
      file = "sample"
      filePath = "sample"
      metadata = "sample"
    } as $result_47

    cloud.elasticsearch.document {
      access_key = "sample"
      auth_type = "sample"
      base_url = "sample"
      doc = "sample"
      doc_id = "sample"
      index = "sample"
      key_id = "sample"
      method = "POST"
      region = "sample"
    } as $result_48

    cloud.elasticsearch.query {
      access_key = "sample"
      auth_type = "sample"
      from = "sample"
      included_fields = "sample"
      index = "sample"
      key_id = "sample"
      payload = "sample"
      region = "sample"
      return_type = "sample"
      size = "sample"
      sort = "sample"
    } as $result_49

    cloud.elasticsearch.request {
      access_key = "sample"
      auth_type = "sample"
      key_id = "sample"
      method = "POST"
      query = "sample"
      region = "sample"
      url = "https://example.com/hook"
    } as $result_50

    cloud.google.storage.delete_file {
      bucket = "sample"
      filePath = "sample"
      service_account = "sample"
    } as $result_51

    cloud.google.storage.get_file_info {
      bucket = "sample"
      filePath = "sample"
      service_account = "sample"
    } as $result_52

    cloud.google.storage.list_directory {
      bucket = "sample"
      path = "sample"
      service_account = "sample"
    } as $result_53

    cloud.google.storage.read_file {
      bucket = "sample"
      filePath = "sample"
      service_account = "sample"
    } as $result_54

    cloud.google.storage.sign_url {
      bucket = "sample"
      filePath = "sample"
      method = "POST"
      service_account = "sample"
      ttl = 60
    } as $result_55

    cloud.google.storage.upload_file {
      bucket = "sample"
      file = "sample"
      filePath = "sample"
      metadata = "sample"
      service_account = "sample"
    } as $result_56

    cloud.job {
    } as $result_57

    cloud.job.await {
      ids = [$job_id]
      timeout = 10
    } as $result_58

    cloud.job.status {
      id = $job_id
    } as $result_59

    comment {
    }
  }

  response = $items
}
