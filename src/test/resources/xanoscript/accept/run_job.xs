run.job "Nightly totals" {
  main = {
    name : "orders/customer_total"
    input: {customer_id: 1}
  }

  env = ["STRIPE_KEY"]
}
