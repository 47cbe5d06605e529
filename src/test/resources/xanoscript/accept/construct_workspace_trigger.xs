workspace_trigger "sample_workspace_trigger" {
  description = "A sample workspace_trigger"

  input {
    json payload?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
