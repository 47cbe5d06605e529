realtime_channel "lobby" {
  description = "Lobby of the game rooms"
  private_messaging = {auth: true, active: false}
  active = true
  settings = {
    presence         : false
    message_history  : 20
    nested_channels  : false
    auth_channel     : true
    anonymous_clients: true
  }

  public_messaging = {auth: true, active: true}
}
