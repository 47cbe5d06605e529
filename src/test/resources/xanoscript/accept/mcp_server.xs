mcp_server "Orders" {
  canonical = "orders-mcp"
  description = "Order tools for assistants"
  instructions = "Use these tools to read orders."
  tools = [{name: "order_status"}]
}
