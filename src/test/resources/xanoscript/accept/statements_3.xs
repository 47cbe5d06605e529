function "samples/statements_3" {
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

    security.create_auth_token {
      expiration = "sample"
      extras = "sample"
      id = $job_id
    } as $result_121

    security.create_curve_key {
      format = "object"
      curve = "P-256"
    } as $result_122

    security.create_password {
    } as $result_123

    security.create_rsa_key {
      format = "object"
      bits = 2048
    } as $result_124

    security.create_secret_key {
    } as $result_125

    security.create_uuid {
    } as $result_126

    security.decrypt {
    } as $result_127

    security.encrypt {
    } as $result_128

    security.jwe_decode {
    } as $result_129

    security.jwe_decode_legacy {
    } as $result_130

    security.jwe_encode {
    } as $result_131

    security.jwe_encode_legacy {
    } as $result_132

    security.jws_decode {
    } as $result_133

    security.jws_encode {
    } as $result_134

    security.random_bytes {
    } as $result_135

    security.random_number {
    } as $result_136

    service.function.run "sample_137" {
    } as $result_137

    expect.to_be_defined ($items) {
    }

    expect.to_be_empty ($items) {
    }

    expect.to_be_false ($items) {
    }

    expect.to_be_greater_than ($items) {
      value = $items
    }

    expect.to_be_in_the_future ($items) {
    }

    expect.to_be_in_the_past ($items) {
    }

    expect.to_be_less_than ($items) {
      value = $items
    }

    expect.to_be_null ($items) {
    }

    expect.to_be_true ($items) {
    }

    expect.to_be_within ($items) {
      max = "sample"
      min = "sample"
    }

    expect.to_contain ($items) {
      value = $items
    }

    expect.to_end_with ($items) {
      value = $items
    }

    expect.to_equal ($items) {
      value = $items
    }

    expect.to_match ($items) {
      value = $items
    }

    expect.to_not_be_defined ($items) {
    }

    expect.to_not_be_null ($items) {
    }

    expect.to_not_equal ($items) {
      value = $items
    }

    expect.to_start_with ($items) {
      value = $items
    }

    expect.to_throw {
    }

    storage.create_attachment {
      filename = "file.bin"
      access = "public"
      value = $items
    } as $result_157

    storage.create_audio {
      value = $items
    } as $result_158

    storage.create_file_resource {
      filedata = "sample"
      filename = "sample"
    } as $result_159

    storage.create_image {
      filename = "file.bin"
      access = "public"
      value = $items
    } as $result_160

    storage.create_video {
      value = $items
    } as $result_161

    storage.delete_file {
      pathname = "sample"
    }

    storage.read_file_resource {
      value = $items
    } as $result_163

    storage.sign_private_url {
      ttl = 60
      pathname = "sample"
    } as $result_164

    stream.from_csv {
      value = $items
    } as $result_165

    stream.from_jsonl {
      value = $items
    } as $result_166

    stream.from_request {
    } as $result_167

    task.call "sample_168" {
    } as $result_168

    text.append $items {
      value = $items
    }

    text.contains $items {
      value = $items
    } as $result_170

    text.ends_with $items {
      value = $items
    } as $result_171

    text.icontains $items {
      value = $items
    } as $result_172

    text.iends_with $items {
      value = $items
    } as $result_173

    text.istarts_with $items {
      value = $items
    } as $result_174

    text.ltrim $items {
      value = $items
    }

    text.prepend $items {
      value = $items
    }

    text.rtrim $items {
      value = $items
    }

    text.starts_with $items {
      value = $items
    } as $result_178

    text.trim $items {
      value = $items
    }

    tool.call "sample_180" {
    } as $result_180
  }

  response = $items
}
