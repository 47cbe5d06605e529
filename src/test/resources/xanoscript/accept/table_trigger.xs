table_trigger "user_created" {
  table = "user"
  actions = {insert: true}

  input {
    text datasource
    json old
    json new
    enum action {
      values = ["update", "insert", "truncate", "delete"]
    }
  }

  stack {
    util.send_email {
      service_provider = "xano"
      subject = "Welcome"
      message = "Hello " ~ $input.new.name
      to = $input.new.email
    } as $sent
  }
}
