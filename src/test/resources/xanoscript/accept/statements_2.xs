function "samples/statements_2" {
  input {
    int id
  }

  stack {
    var $items {
      value = [1, 2, 3]
    }

    var $job_id {
      value = 1
    }

    datadog.log {
    }

    datadog.log_bulk {
      entries = "sample"
    }

    datadog.metric {
      value = $items
    }

    datadog.metric_bulk {
      entries = "sample"
    }

    db.add "sample_65" {
      data = {name: "Ada"}
    } as $result_65

    db.add_or_edit "sample_66" {
      field_name = "id"
      data = {name: "Ada"}
      field_value = $input.id
    } as $result_66

    db.bulk.add "sample_67" {
      items = [{name: "Ada"}]
    } as $result_67

    db.bulk.delete "sample_68" {
    } as $result_68

    db.bulk.patch "sample_69" {
      items = [{name: "Ada"}]
    } as $result_69

    db.bulk.update "sample_70" {
      items = [{name: "Ada"}]
    } as $result_70

    db.del "sample_71" {
      field_name = "id"
      field_value = $input.id
    }

    db.direct_query {
    } as $result_72

    db.edit "sample_73" {
      field_name = "id"
      data = {name: "Ada"}
      field_value = $input.id
    } as $result_73

    db.external.mssql.direct_query {
    } as $result_74

    db.external.mysql.direct_query {
    } as $result_75

    db.external.oracle.direct_query {
    } as $result_76

    db.external.postgres.direct_query {
    } as $result_77

    db.external.snowflake.direct_query {
    } as $result_78

    db.get "sample_79" {
      field_name = "id"
      field_value = $input.id
    } as $result_79

    db.has "sample_80" {
      field_name = "id"
      field_value = $input.id
    } as $result_80

    db.patch "sample_81" {
      field_value = $input.id
      field_name = "id"
      data = {name: "Ada"}
    } as $result_81

    db.query "sample_82" {
    } as $result_82

    db.schema "sample_83" {
    } as $result_83

    db.set_datasource {
      value = $items
    }

    db.truncate "sample_85" {
    }

    debug.log {
      value = $items
    }

    debug.stop {
      value = $items
    }

    function.call "sample_88" {
    } as $result_88

    function.run "sample_89" {
    } as $result_89

    math.add $items {
      value = $items
    }

    math.bitwise.and $items {
      value = $items
    }

    math.bitwise.or $items {
      value = $items
    }

    math.bitwise.xor $items {
      value = $items
    }

    math.div $items {
      value = $items
    }

    math.mod $items {
      value = $items
    }

    math.mul $items {
      value = $items
    }

    math.sub $items {
      value = $items
    }

    middleware.call "sample_98" {
    } as $result_98

    object.entries {
      value = $items
    } as $result_99

    object.keys {
      value = $items
    } as $result_100

    object.values {
      value = $items
    } as $result_101

    placeholder "sample_102" {
    }

    realtime.get_session {
    } as $result_103

    realtime.publish {
      channel = "sample"
      data = {name: "Ada"}
      realtime_server = "sample"
    }

    redis.count {
      key = "visits"
    } as $result_105

    redis.decr {
      by = 1
      key = "visits"
    } as $result_106

    redis.del {
      key = "visits"
    }

    redis.get {
      key = "visits"
    } as $result_108

    redis.has {
      key = "visits"
    } as $result_109

    redis.incr {
      key = "visits"
    } as $result_110

    redis.keys {
      search = "sample"
    } as $result_111

    redis.pop {
      key = "visits"
    } as $result_112

    redis.push {
      key = "visits"
      value = $items
    } as $result_113

    redis.range {
      stop = 10
      start = 0
      key = "visits"
    } as $result_114

    redis.ratelimit {
      ttl = 60
      max = 10
      key = "visits"
    } as $result_115

    redis.remove {
      count = 1
      key = "visits"
      value = $items
    }

    redis.set {
      data = {name: "Ada"}
      key = "visits"
    }

    redis.shift {
      key = "visits"
    } as $result_118

    redis.unshift {
      key = "visits"
      value = $items
    } as $result_119

    security.check_password {
    } as $result_120
  }

  response = $items
}
