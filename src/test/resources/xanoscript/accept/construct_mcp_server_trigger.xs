mcp_server_trigger "sample_mcp_server_trigger" {
  mcp_server = "Support tools"
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
