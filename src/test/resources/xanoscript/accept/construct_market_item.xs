market_item "sample_market_item" {
  description = "A sample market_item"

  canonical = "sample"

  category = "sample"

  email = "sample"

  guid = "sample"

  license = "sample"

  type = "sample"
}
