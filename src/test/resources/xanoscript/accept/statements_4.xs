function "samples/statements_4" {
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

    trigger.call "sample_181" {
    } as $result_181

    util.geo_distance {
      longitude_2 = 0.12
      longitude_1 = 2.35
      latitude_2 = 51.5
      latitude_1 = 48.85
    } as $result_182

    util.get_all_input {
    } as $result_183

    util.get_env {
    } as $result_184

    util.get_input {
      encoding = "json"
    } as $result_185

    util.get_raw_input {
    } as $result_186

    util.get_vars {
    } as $result_187

    util.ip_lookup {
      value = $items
    } as $result_188

    util.send_email {
    } as $result_189

    util.set_header {
      duplicates = "replace"
      value = $items
    }

    util.sleep {
      value = $items
    }

    util.template_engine {
      value = $items
    } as $result_192

    webflow.request {
    } as $result_193

    workflow_test.call "sample_194" {
    } as $result_194

    zip.add_to_archive {
      file = "sample"
      filename = "sample"
      zip = "sample"
    }

    zip.create_archive {
      filename = "sample"
    } as $result_196

    zip.delete_from_archive {
      filename = "sample"
      zip = "sample"
    }

    zip.extract {
      zip = "sample"
    } as $result_198

    zip.view_contents {
      zip = "sample"
    } as $result_199
  }

  response = $items
}
