workspace "shop" {
  description = "The shop backend"
  preferences = {internal_docs: true, track_performance: true}
  env = {REGION: "eu"}
}
