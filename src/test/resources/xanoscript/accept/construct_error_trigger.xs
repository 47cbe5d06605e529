error_trigger "sample_error_trigger" {
  description = "A sample error_trigger"

  input {
    json payload?
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
