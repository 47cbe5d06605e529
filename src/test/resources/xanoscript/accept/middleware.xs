middleware "require_tenant" {
  description = "Stops requests without a tenant header"
  exception_policy = "critical"
  response_strategy = "merge"

  input {
    json vars
    enum type {
      values = ["pre", "post"]
    }
  }

  stack {
    util.get_raw_input {
      encoding = "json"
    } as $raw

    precondition ($env.$http_headers["x-tenant"] != null) {
      error_type = "accessdenied"
      error = "A tenant header is required"
    }
  }

  response = $input.vars
}
