mcp_server_trigger "sample_mcp_server_trigger" {
  description = "A sample mcp_server_trigger"

  input {
    json payload?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
