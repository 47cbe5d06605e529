channel "sample_channel" {
  description = "A sample channel"


}
