agent "Support helper" {
  canonical = "support_helper"
  description = "Answers questions about orders"
  llm = {
    type          : "openai"
    system_prompt : "You help customers with their orders."
    max_steps     : 5
    prompt        : "{{ $args.question }}"
    api_key       : "{{ $env.OPENAI_KEY }}"
    model         : "gpt-4o-mini"
    temperature   : 0.2
  }

  tools = [{name: "order_status"}]
}
