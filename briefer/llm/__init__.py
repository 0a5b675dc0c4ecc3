"""Talking to OpenAI-compatible models: prompts, schemas, transports, one client, one caller."""
