"""Shared test helpers: loopback servers (FHIR, stubs, databases), keys and request builders."""
