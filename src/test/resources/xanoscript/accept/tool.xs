tool "order_status" {
  description = "Looks up the status of one order"
  instructions = "Call with the order number the customer gives."

  input {
    int order_id {
      description = "The order number"
    }
  }

  stack {
    db.get "order" {
      field_name = "id"
      field_value = $input.order_id
    } as $order
  }

  response = $order.status
}
