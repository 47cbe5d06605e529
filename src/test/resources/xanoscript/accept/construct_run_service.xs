run.service "sample_run_service" {
  description = "A sample run.service"


}
