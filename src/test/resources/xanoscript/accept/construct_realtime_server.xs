realtime_server "sample_realtime_server" {
  description = "A sample realtime_server"


}
