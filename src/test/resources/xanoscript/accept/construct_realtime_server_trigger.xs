realtime_server_trigger "sample_realtime_server_trigger" {
  description = "A sample realtime_server_trigger"

  input {
    json payload?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
