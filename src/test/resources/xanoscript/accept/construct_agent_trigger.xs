agent_trigger "sample_agent_trigger" {
  agent = "Support helper"
  description = "A sample agent_trigger"

  input {
    json payload?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
