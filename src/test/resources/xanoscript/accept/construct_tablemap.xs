tablemap "sample_tablemap" {
  mode = "sample"
}
