// Closes the carts nobody touched for a week
task "close_stale_carts" {
  active = true
  description = "Runs every night"

  stack {
    db.query "cart" {
      where = $db.cart.updated_at < (now|transform_timestamp:"-7 days")
    } as $stale

    foreach ($stale) {
      each as $cart {
        db.edit "cart" {
          field_name = "id"
          field_value = $cart.id
          data = {status: "closed"}
        }
      }
    }
  }

  schedule = [{starts_on: 2026-01-01 02:00:00+0000, freq: 86400}]
}
