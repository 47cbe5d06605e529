// Every control statement, in the shapes real code uses
function "samples/controls" {
  description = "Loops, branches, errors and groups"

  input {
    int[] numbers
    text mode?="sum"
  }

  stack {
    var $sum {
      value = 0
    }

    precondition (($input.numbers|count) > 0) {
      error_type = "inputerror"
      error = "Give at least one number"
    }

    foreach ($input.numbers) {
      each as $n {
        conditional {
          if ($n < 0) {
            continue
          }

          elseif ($n > 1000) {
            break
          }
        }

        var.update $sum {
          value = $sum + $n
        }
      }
    }

    for (3) {
      each as $i {
        debug.log {
          value = "pass " ~ ($i|to_text)
        }
      }
    }

    var $countdown {
      value = 3
    }

    while ($countdown > 0) {
      each {
        math.sub $countdown {
          value = 1
        }
      }
    }

    switch ($input.mode) {
      case ("sum") {
        var $label {
          value = "total"
        }
      } break

      case ("avg") {
        var $label {
          value = "average"
        }
      } break

      default {
        var $label {
          value = "other"
        }
      }
    }

    try_catch {
      try {
        function.run "orders/customer_total" {
          input = {customer_id: 1}
        } as $orders
      }

      catch {
        debug.log {
          value = "lookup failed"
        }
      }

      finally {
        debug.log {
          value = "done"
        }
      }
    }

    group {
      stack {
        var $doubled {
          value = $input.numbers|map:$$ * 2
        }
      }
    }

    db.transaction {
      stack {
        db.add "audit" {
          data = {action: "sum", total: $sum}
        } as $audit
      }
    }

    util.post_process {
      stack {
        debug.log {
          value = "after the response"
        }
      }
    }

    foreach ($input.numbers) {
      each as $n {
        conditional {
          if ($n == 0) {
            foreach.remove
          }
        }
      }
    }

    conditional {
      if ($sum > 1000000) {
        throw {
          name = "TooLarge"
          value = "The sum is too large"
        }
      }
    }

    conditional {
      if ($sum == 0) {
        return {
          value = {sum: 0, label: $label}
        }
      }
    }
  }

  response = {sum: $sum, label: $label, doubled: $doubled}
}
