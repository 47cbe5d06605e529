addon "order_items_of_order" {
  input {
    int order_id? {
      table = "order"
    }
  }

  stack {
    db.query "order_item" {
      where = $db.order_item.order_id == $input.order_id
      return = {type: "list"}
    }
  }
}
