realtime_trigger "sample_realtime_trigger" {
  channel = "chat"
  description = "A sample realtime_trigger"

  input {
    json payload?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
