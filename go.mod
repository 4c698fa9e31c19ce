module sira

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/google/uuid v1.6.0
	golang.org/x/text v0.43.0
)
