"""Errors of the API as JSON bodies: ``{"error": {"status", "code", "message", "parameter"}}``."""

from django.http import JsonResponse


class ApiError(Exception):
    """Raised anywhere while answering a request; the view turns it into a JSON response."""

    def __init__(self, status, code, message, parameter=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter

    def response(self):
        return error_response(self.status, self.code, self.message, self.parameter)


def bad_parameter(parameter, message):
    return ApiError(400, "invalid_parameter", message, parameter)


def not_found(message="Not found."):
    return ApiError(404, "not_found", message)


def error_response(status, code, message, parameter=None):
    error = {"status": status, "code": code, "message": str(message)}
    if parameter is not None:
        error["parameter"] = parameter
    response = JsonResponse({"error": error}, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response
