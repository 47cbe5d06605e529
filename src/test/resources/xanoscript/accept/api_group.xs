api_group catalog {
  canonical = "catalog-api"
  description = "Products and categories"
  swagger = {active: true}
  tags = ["shop"]
}
