// Totals the paid orders of one customer
function "orders/customer_total" {
  description = "Sum of the paid orders of a customer, with a count"

  input {
    int customer_id filters=min:1 {
      description = "The customer"
    }

    text? currency?="EUR" filters=trim|upper
    bool include_refunds?=false
  }

  stack {
    db.query "order" {
      where = $db.order.customer_id == $input.customer_id && $db.order.status == "paid"
      sort = {created_at: "desc"}
      return = {type: "list"}
    } as $orders

    var $total {
      value = 0
    }

    foreach ($orders) {
      each as $order {
        math.add $total {
          value = $order.amount
        }
      }
    }

    conditional {
      if (($orders|count) == 0) {
        var $label {
          value = "none"
        }
      }

      elseif ($total > 1000) {
        var $label {
          value = "large"
        }
      }

      else {
        var $label {
          value = "regular"
        }
      }
    }
  }

  response = {
    total   : $total
    count   : $orders|count
    label   : $label
    currency: $input.currency ?? "EUR"
  }
}
