tablemap "sample_tablemap" {
  description = "A sample tablemap"

  mode = "sample"
}
