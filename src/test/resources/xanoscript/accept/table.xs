table member {
  description = "People who can sign in"
  auth = true

  schema {
    int id
    text display_name filters=trim
    timestamp joined_at?=now
    email contact filters=lower|trim {
      sensitive = true
    }

    password secret filters=minDigit:1|min:10
    enum role?="member" {
      values = ["member", "admin"]
    }

    object address? {
      schema {
        text street?
        text city?
      }
    }

    text[] tags?
    int company_id? {
      table = "company"
    }
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "contact", op: "asc"}]}
  ]
}
