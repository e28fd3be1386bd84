workspace "Big \"Bank\" plc" "Internet banking: the \"whole\" thing\nacross two lines" {
    !identifiers flat
    !impliedRelationships false
    !docs "docs"
    !adrs "adrs"
    properties {
        "owner" "Team \"A\""
    }

    model {
        group "Customers & [Friends]" {
            personal_banking_customer = person "Personal Banking Customer" "A customer of the bank, with \"personal\" accounts." "External" {
                url "https://example.com/customer?a=1&b=2"
                properties {
                    "segment" "retail | private"
                }
                perspectives {
                    "Security" "Authenticated with 2FA" "high"
                }
            }
        }
        group "Bank staff" {
            back_office_staff = person "Back Office Staff" "Says \"hi\" [x] {y} | a;b # c <b>bold</b> & ＄{HOME} %date() C:\temp\ 50% — Ünïcødé ✓\nsecond line"
            internet_banking_system = softwareSystem "Internet Banking System" "Lets customers view their accounts." {
                !docs "elements/internet_banking_system/docs"
                !adrs "elements/internet_banking_system/adrs"
                internet_banking_system_web_application = container "Web Application" "Delivers the static content." "Java and Spring MVC"
                group "Front end" {
                    internet_banking_system_single_page_application = container "Single-Page Application" "Provides functionality via the browser." "JavaScript and Angular" "Web Browser"
                }
                internet_banking_system_api_application = container "API Application" "Provides functionality via a JSON/HTTPS API." "Java and Spring MVC" {
                    group "Controllers" {
                        internet_banking_system_api_application_sign_in_controller = component "Sign In Controller" "Allows users to sign in." "Spring MVC Rest Controller"
                        internet_banking_system_api_application_accounts_summary_controller = component "Accounts Summary Controller" "Says \"hi\" [x] {y} | a;b # c <b>bold</b> & ＄{HOME} %date() C:\temp\ 50% — Ünïcødé ✓\nsecond line" "Spring MVC Rest Controller"
                    }
                    internet_banking_system_api_application_security_component = component "Security Component" "Provides sign in functionality." "Spring Bean"
                    internet_banking_system_api_application_mainframe_banking_system_facade = component "Mainframe Banking System Facade" "A facade onto the mainframe." "Spring Bean"
                }
                internet_banking_system_database = container "Database" "Stores registration information, hashed passwords, etc." "Oracle Database Schema" "Database"
            }
        }
        mainframe_banking_system = softwareSystem "Mainframe Banking System" "Stores core banking information." "Existing System"
        e_mail_system = softwareSystem "E-mail System" "The internal <Microsoft Exchange> system." "Existing System,External"
        door_sensor = element "Door Sensor" "Hardware" "Opens the \"vault\"."

        rel_14 = personal_banking_customer -> internet_banking_system "Views account balances, and makes payments using" "" "Key"
        personal_banking_customer -> internet_banking_system_web_application "Visits bigbank.com/ib using" "HTTPS"
        personal_banking_customer -> internet_banking_system_single_page_application "Views account balances, and makes payments using"
        back_office_staff -> mainframe_banking_system "Uses"
        internet_banking_system -> mainframe_banking_system "Gets account information from, and makes payments using"
        internet_banking_system -> e_mail_system "Sends e-mail using"
        e_mail_system -> personal_banking_customer "Sends e-mails to"
        internet_banking_system_web_application -> internet_banking_system_single_page_application "Delivers to the customer's web browser"
        rel_22 = internet_banking_system_single_page_application -> internet_banking_system_api_application_sign_in_controller "Makes API calls to" "JSON/HTTPS"
        internet_banking_system_single_page_application -> internet_banking_system_api_application_accounts_summary_controller "Makes API calls to" "JSON/HTTPS"
        rel_24 = internet_banking_system_api_application_sign_in_controller -> internet_banking_system_api_application_security_component "Uses"
        rel_25 = internet_banking_system_api_application_security_component -> internet_banking_system_database "Reads from and writes to" "JDBC"
        internet_banking_system_api_application_accounts_summary_controller -> internet_banking_system_api_application_mainframe_banking_system_facade "Uses"
        internet_banking_system_api_application_mainframe_banking_system_facade -> mainframe_banking_system "Makes API calls to" "XML/HTTPS" "Asynchronous"
        internet_banking_system_api_application -> mainframe_banking_system "Makes API calls to" "XML/HTTPS" "Asynchronous" {
            url "https://example.com/rel"
            properties {
                "sla" "99.9%"
            }
            perspectives {
                "Ops" "Latency \"p99\" < 200ms"
            }
        }
        internet_banking_system_api_application -> internet_banking_system_database "Reads from and writes to" "JDBC"
        internet_banking_system_api_application -> e_mail_system "Sends e-mail using" "SMTP" "Mail,Legacy"
        door_sensor -> mainframe_banking_system "Sends events to"

        live = deploymentEnvironment "Live" {
            live_group_blue = deploymentGroup "Blue"
            live_big_bank_plc = deploymentNode "Big Bank plc" "Big Bank plc data center" "Big Bank plc" {
                live_big_bank_plc_load_balancer = infrastructureNode "Load \"Balancer\"" "Routes traffic." "nginx" "Gateway"
                live_big_bank_plc_bigbank_web = deploymentNode "bigbank-web***" "A web server residing in the web server farm." "Ubuntu 16.04 LTS" "" "4" {
                    live_big_bank_plc_bigbank_web_apache_tomcat = deploymentNode "Apache Tomcat" "An open source Java EE web server." "Apache Tomcat 8.x" {
                        live_big_bank_plc_bigbank_web_apache_tomcat_web_application_1 = containerInstance internet_banking_system_web_application live_group_blue
                        live_big_bank_plc_bigbank_web_apache_tomcat_api_application_1 = containerInstance internet_banking_system_api_application live_group_blue
                    }
                }
                live_big_bank_plc_bigbank_db01 = deploymentNode "bigbank-db01" "The primary database server." "Ubuntu 16.04 LTS" {
                    live_big_bank_plc_bigbank_db01_oracle_primary = deploymentNode "Oracle - Primary" "The primary, live database server." "Oracle 12c" {
                        live_big_bank_plc_bigbank_db01_oracle_primary_database_1 = containerInstance internet_banking_system_database live_group_blue {
                            healthCheck "Database ping" "https://db.example.com/health" 30 500
                        }
                    }
                }
            }
            live_mainframe_zone = deploymentNode "Mainframe Zone" "" "z/OS" "" "1..N" {
                live_mainframe_zone_mainframe_banking_system_1 = softwareSystemInstance mainframe_banking_system live_group_blue
            }
            live_big_bank_plc_load_balancer -> live_big_bank_plc_bigbank_web "Forwards requests to" "HTTPS" "Synchronous"
        }

        development = deploymentEnvironment "Development" {
            development_developer_laptop = deploymentNode "Developer Laptop" "A laptop." "Windows or macOS" {
                development_developer_laptop_web_application_1 = containerInstance internet_banking_system_web_application
                development_developer_laptop_api_application_1 = containerInstance internet_banking_system_api_application
                development_developer_laptop_database_1 = containerInstance internet_banking_system_database
            }
        }
    }

    views {

        systemLandscape "SystemLandscape" "The landscape" {
            include personal_banking_customer
            include back_office_staff
            include internet_banking_system
            include mainframe_banking_system
            include e_mail_system
            include door_sensor
            autoLayout lr 200 150
            title "Landscape \"of\" the bank"
        }

        systemContext internet_banking_system "SystemContext" "The system context diagram for the Internet Banking System." {
            include personal_banking_customer
            include internet_banking_system
            include mainframe_banking_system
            include e_mail_system
            exclude rel_14
            animation {
                internet_banking_system
                personal_banking_customer
                mainframe_banking_system e_mail_system
            }
            properties {
                "audience" "everyone"
            }
        }

        container internet_banking_system "Containers" "The container diagram." {
            include personal_banking_customer
            include mainframe_banking_system
            include e_mail_system
            include internet_banking_system_web_application
            include internet_banking_system_single_page_application
            include internet_banking_system_api_application
            include internet_banking_system_database
            autoLayout tb 300 300
            default
        }

        component internet_banking_system_api_application "Components" "The component diagram for the API Application." {
            include mainframe_banking_system
            include internet_banking_system_single_page_application
            include internet_banking_system_database
            include internet_banking_system_api_application_sign_in_controller
            include internet_banking_system_api_application_accounts_summary_controller
            include internet_banking_system_api_application_security_component
            include internet_banking_system_api_application_mainframe_banking_system_facade
            autoLayout tb 300 300
        }

        dynamic internet_banking_system_api_application "SignIn" "Summarises how the sign in feature works." {
            rel_22 "Submits credentials to"
            rel_24 "Validates credentials using"
            rel_25 "Select * from users where username = ?"
            internet_banking_system_database -> internet_banking_system_api_application_security_component "Returns user data to" "JDBC"
            autoLayout lr 300 300
        }

        deployment internet_banking_system live "LiveDeployment" "An example live deployment scenario." {
            include live_big_bank_plc_bigbank_web_apache_tomcat_web_application_1
            include live_big_bank_plc_bigbank_web_apache_tomcat_api_application_1
            include live_big_bank_plc_bigbank_db01_oracle_primary_database_1
            include live_big_bank_plc_load_balancer
            include live_mainframe_zone_mainframe_banking_system_1
            autoLayout lr 300 300
            animation {
                live_big_bank_plc_load_balancer
            }
        }

        deployment * development "DevelopmentDeployment" {
            include development_developer_laptop_web_application_1
            include development_developer_laptop_api_application_1
            include development_developer_laptop_database_1
        }

        filtered "SystemLandscape" exclude "External" "LandscapeWithoutExternal" "No external things"

        image internet_banking_system "Logo" {
            image "https://example.com/images/logo.png"
            title "The logo"
        }

        styles {
            element "Person" {
                shape Person
                background #08427b
                color #ffffff
                fontSize 22
            }
            element "Software System" {
                background #1168bd
                color #ffffff
                stroke #0b4884
                strokeWidth 2
            }
            element "Existing System" {
                background #999999
                border dashed
            }
            element "Database" {
                shape Cylinder
            }
            element "Web Browser" {
                shape WebBrowser
                icon "https://example.com/icons/browser.png"
                iconPosition left
                width 450
                height 300
                opacity 80
                metadata false
                description true
                properties {
                    "note" "a \"browser\""
                }
            }
            relationship "Asynchronous" {
                thickness 3
                color #ff0000
                dashed true
                style dashed
                routing Curved
                jump true
                fontSize 20
                width 200
                position 40
                opacity 90
            }
            dark {
                element "Person" {
                    background #000000
                }
            }
        }
        themes "https://static.structurizr.com/themes/default/theme.json"
        branding {
            font "Open Sans" "https://fonts.example.com/open-sans"
        }
        terminology {
            person "Actor"
        }
        properties {
            "plantuml.format" "svg"
        }
    }

    configuration {
        scope softwaresystem
        visibility private
        users {
            "alice@example.com" write
            "bob@example.com" read
        }
    }
}
