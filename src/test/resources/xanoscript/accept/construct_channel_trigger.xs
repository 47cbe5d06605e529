channel_trigger "sample_channel_trigger" {
  description = "A sample channel_trigger"

  input {
    json payload?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
