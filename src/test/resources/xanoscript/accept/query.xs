// Lists the products of a category, a page at a time
query "products/{category_id}" verb=GET {
  api_group = "catalog"
  auth = "user"

  input {
    int category_id
    int page?=1 filters=min:1
    int per_page?=25 filters=min:1|max:100
    text search?
  }

  stack {
    db.query "product" {
      where = $db.product.category_id == $input.category_id && $db.product.name includes? $input.search
      sort = {product.created_at: "desc"}
      return = {
        type  : "list"
        paging: {page: $input.page, per_page: $input.per_page, totals: true}
      }
    } as $products

    api.request {
      url = "https://api.example.com/rates"
      method = "GET"
      headers = []|push:"Authorization: Bearer " ~ $env.RATES_KEY
      timeout = 20
    } as $rates

    var $first_name {
      value = ($products.items|first).name ?? "none"
    }
  }

  response = {products: $products, rates: $rates.response.result, first: $first_name}
}
