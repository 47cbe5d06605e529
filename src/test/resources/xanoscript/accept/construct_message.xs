message "sample_message" {
  description = "A sample message"


}
