branch "v2" {
  description = "Second version of the API"
  color = "#44aa88"
}
