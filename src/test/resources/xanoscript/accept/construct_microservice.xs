microservice "sample_microservice" {
  description = "A sample microservice"


}
