workflow_test "samples/expectations" {
  description = "Every assertion once"

  stack {
    function.run "orders/customer_total" {
      input = {customer_id: 1}
    } as $result

    expect.to_be_defined ($result) {
    }

    expect.to_be_empty ($result) {
    }

    expect.to_be_false ($result) {
    }

    expect.to_be_greater_than ($result) {
      value = 1
    }

    expect.to_be_in_the_future ($result) {
    }

    expect.to_be_in_the_past ($result) {
    }

    expect.to_be_less_than ($result) {
      value = 1
    }

    expect.to_be_null ($result) {
    }

    expect.to_be_true ($result) {
    }

    expect.to_be_within ($result) {
      max = 1
      min = 1
    }

    expect.to_contain ($result) {
      value = 1
    }

    expect.to_end_with ($result) {
      value = 1
    }

    expect.to_equal ($result) {
      value = 1
    }

    expect.to_match ($result) {
      value = 1
    }

    expect.to_not_be_defined ($result) {
    }

    expect.to_not_be_null ($result) {
    }

    expect.to_not_equal ($result) {
      value = 1
    }

    expect.to_start_with ($result) {
      value = 1
    }

    expect.to_throw {
    }
  }
}
